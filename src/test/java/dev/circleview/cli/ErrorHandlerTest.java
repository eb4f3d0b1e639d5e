package dev.circleview.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A message and its hint read as one sentence. */
class ErrorHandlerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Project not found. | check the slug | Project not found; check the slug",
            "Project not found.. | check the slug | Project not found; check the slug",
            "no builds | check the branch | no builds; check the branch",
            "wait for it... | then retry | wait for it...; then retry",
            "Project not found. | NULL | Project not found."})
    void aFullStopBeforeAHintGoes(String message, String hint, String line) {
        assertEquals(line, ErrorHandler.line(message, hint));
    }
}
