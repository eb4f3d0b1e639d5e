package dev.circleview.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** {@code --cacert} contexts are made once per file contents, so one made ahead of time is the one the client uses. */
class TlsTrustTest {
    @TempDir
    Path dir;

    @Test
    void theSameCaFileGivesTheSameContextAndAnotherFileAnother() throws IOException {
        Path ca = dir.resolve("ca.pem");
        try (InputStream in = getClass().getResourceAsStream("/dev/circleview/startup/training-ca.pem")) {
            Files.copy(in, ca);
        }
        Path copy = Files.copy(ca, dir.resolve("copy.pem"));
        Path other = dir.resolve("other.pem");
        Files.writeString(other, Files.readString(ca) + Files.readString(ca));

        assertSame(TlsTrust.withExtraAuthorities(ca), TlsTrust.withExtraAuthorities(copy));
        assertNotSame(TlsTrust.withExtraAuthorities(ca), TlsTrust.withExtraAuthorities(other));
    }
}
