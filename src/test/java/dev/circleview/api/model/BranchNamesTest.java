package dev.circleview.api.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The branch keys of {@code GET /projects} are percent-encoded; '+' is a plus, not a space. */
class BranchNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "main                                      | main",
            "feature%2Flogin                           | feature/login",
            "feature%2flogin                           | feature/login",
            "release%2F2.x%2Fhotfix                    | release/2.x/hotfix",
            "fix+tests                                 | fix+tests",
            "fix%2Btests                               | fix+tests",
            "a+b%2Fc+d                                 | a+b/c+d",
            "with%20space                              | with space",
            "caf%C3%A9                                 | café",
            "%E5%8A%9F%E8%83%BD%2F%E7%99%BB%E5%BD%95   | 功能/登录",
            "%F0%9F%9A%80-launch                       | 🚀-launch",
            "功能/登录                                  | 功能/登录",
            "100%                                      | 100%",
            "50%-off                                   | 50%-off",
            "bad%ZZescape                              | bad%ZZescape",
            "percent%25sign                            | percent%sign"})
    void decodesPercentEncodingAndKeepsPlus(String key, String branch) {
        assertEquals(branch, BranchNames.decode(key));
    }

    @Test
    void emptyStaysEmpty() {
        assertEquals("", BranchNames.decode(""));
        assertNull(BranchNames.decode(null));
    }
}
