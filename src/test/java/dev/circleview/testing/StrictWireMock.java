package dev.circleview.testing;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A WireMock server on a free loopback port that fails a test on a request no stub matched, and, as
 * gh's {@code httpmock} registry does in {@code Verify}, on a stub the test registered but no request
 * used: a stub that is never asked for is a request the program no longer makes, or a test that
 * checks less than it says. A stub that a run may or may not need (a retry that a race can spare)
 * says so with {@link #OPTIONAL} in its metadata.
 */
public final class StrictWireMock extends WireMockExtension {
    /** Metadata key: {@code .withMetadata(Map.of(StrictWireMock.OPTIONAL, true))} exempts a stub. */
    public static final String OPTIONAL = "optional";

    private final UsedStubs used;

    private StrictWireMock(Builder builder, UsedStubs used) {
        super(builder);
        this.used = used;
    }

    /** A strict server on 127.0.0.1, on a free port. */
    public static WireMockExtension loopback() {
        return with(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    }

    /** A strict server with these options (https, a keystore, ...). */
    public static WireMockExtension with(WireMockConfiguration options) {
        UsedStubs used = new UsedStubs();
        return new StrictWireMock(WireMockExtension.newInstance().options(options.extensions(used)).failOnUnmatchedRequests(true), used);
    }

    /** The stubs requests matched, kept through {@code resetRequests()} (which a test may call between two runs). */
    private static final class UsedStubs implements ServeEventListener {
        private final Set<UUID> ids = ConcurrentHashMap.newKeySet();

        @Override
        public void afterMatch(ServeEvent event, Parameters parameters) {
            if (event.getWasMatched() && event.getStubMapping() != null) {
                ids.add(event.getStubMapping().getId());
            }
        }

        @Override
        public String getName() {
            return "used-stubs";
        }
    }

    @Override
    protected void onBeforeEach(ExtensionContext context, WireMockRuntimeInfo info) {
        used.ids.clear();
    }

    @Override
    protected void onAfterEach(ExtensionContext context, WireMockRuntimeInfo info) {
        if (context.getExecutionException().isPresent()) {
            return;
        }
        List<StubMapping> unused = getStubMappings().stream()
                .filter(s -> !used.ids.contains(s.getId()))
                .filter(s -> s.getMetadata() == null || !s.getMetadata().getBoolean(OPTIONAL, false))
                .toList();
        if (!unused.isEmpty()) {
            throw new AssertionError(unused.size() + " stub(s) registered but never requested:\n"
                    + unused.stream().map(s -> "  " + s.getRequest()).collect(Collectors.joining("\n")));
        }
    }
}
