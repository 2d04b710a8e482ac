package dev.camelsage.sage.internal.client;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What kind of body Sage answered with: by its media type, or by its first byte when Sage named none. */
class SageResponseTest {

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            application/json; charset=utf-8 | {}       | true  | false
            APPLICATION/JSON                | []       | true  | false
            text/plain                      | 42       | false | true
            Text/HTML                       | <html>   | false | true
            application/pdf                 | %PDF     | false | false
            NONE                            | {"a":1}  | true  | false
            NONE                            | [1]      | true  | false
            NONE                            | "text"   | true  | false
            NONE                            | true     | true  | false
            NONE                            | false    | true  | false
            NONE                            | null     | true  | false
            NONE                            | -1.5     | true  | false
            NONE                            | 0        | true  | false
            NONE                            | 9        | true  | false
            NONE                            | /path    | false | false
            NONE                            | :        | false | false
            NONE                            | %PDF     | false | false
            NONE                            | <html>   | false | false
            """)
    void tellsJsonAndTextApart(String contentType, String body, boolean json, boolean text) {
        SageResponse response = new SageResponse(200, null, contentType, body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.isEmpty()).isFalse();
        assertThat(response.isJson()).isEqualTo(json);
        assertThat(response.isText()).isEqualTo(text);
    }

    @Test
    void anEmptyBodyIsNeitherAndReadsAsNoJson() {
        for (byte[] none : new byte[][] { null, new byte[0] }) {
            SageResponse response = new SageResponse(204, null, "application/json", none);
            assertThat(response.isEmpty()).isTrue();
            assertThat(response.isJson()).isFalse();
            assertThat(response.json()).isNull();
        }
    }

    @Test
    void readsJsonAndSaysWhenItIsNot() {
        assertThat(new SageResponse(200, null, null, "{\"ID\":5}".getBytes(StandardCharsets.UTF_8)).json()
                .get("ID").asLong()).isEqualTo(5);
        assertThatThrownBy(() -> new SageResponse(201, null, null, "{oops".getBytes(StandardCharsets.UTF_8)).json())
                .isInstanceOf(UncheckedIOException.class).hasMessage("Sage answered 201 with a body that is not JSON");
    }
}
