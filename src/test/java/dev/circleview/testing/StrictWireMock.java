package dev.circleview.testing;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.Set;
import java.util.UUID;
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

    private StrictWireMock(Builder builder) {
        super(builder);
    }

    /** A strict server on 127.0.0.1, on a free port. */
    public static WireMockExtension loopback() {
        return new StrictWireMock(WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                .failOnUnmatchedRequests(true));
    }

    @Override
    protected void onAfterEach(ExtensionContext context, WireMockRuntimeInfo info) {
        if (context.getExecutionException().isPresent()) {
            return;
        }
        Set<UUID> used = getAllServeEvents().stream()
                .map(ServeEvent::getStubMapping)
                .filter(s -> s != null)
                .map(StubMapping::getId)
                .collect(Collectors.toSet());
        List<StubMapping> unused = getStubMappings().stream()
                .filter(s -> !used.contains(s.getId()))
                .filter(s -> s.getMetadata() == null || !s.getMetadata().getBoolean(OPTIONAL, false))
                .toList();
        if (!unused.isEmpty()) {
            throw new AssertionError(unused.size() + " stub(s) registered but never requested:\n"
                    + unused.stream().map(s -> "  " + s.getRequest()).collect(Collectors.joining("\n")));
        }
    }
}
