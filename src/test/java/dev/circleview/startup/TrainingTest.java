package dev.circleview.startup;

import dev.circleview.Main;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The start-up training run that install.sh archives must keep working as commands change: every
 * run in it (over TLS to the bundled loopback server) ends as expected.
 */
class TrainingTest {
    @Test
    void everyTrainingRunEndsAsExpected() throws Exception {
        assertEquals(0, Training.run(Main::run));
    }
}
