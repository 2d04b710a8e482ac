package dev.camelsage.sage.internal.client;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SageErrorBodyTest {

    @Test
    void readsMessageObjects() {
        assertThat(SageErrorBody.messages(bytes("{\"Message\":\"An error has occurred.\"}")))
                .containsExactly("An error has occurred.");
    }

    @Test
    void readsModelStateFieldMessages() {
        assertThat(SageErrorBody.messages(bytes("{\"Message\":\"The request is invalid.\",\"ModelState\":"
                                                + "{\"Name\":[\"Name is required.\",\"Too short.\"],\"Date\":[\"Bad date.\"]}}")))
                .containsExactly("The request is invalid.", "Name: Name is required.", "Name: Too short.",
                        "Date: Bad date.");
    }

    @Test
    void readsBareJsonStringsPlainTextAndHtml() {
        assertThat(SageErrorBody.messages(bytes("\"No action was found on the controller 'Login'.\"")))
                .containsExactly("No action was found on the controller 'Login'.");
        assertThat(SageErrorBody.messages(bytes("Username is Required.")))
                .containsExactly("Username is Required.");
        assertThat(SageErrorBody.messages(bytes("<html><head><title>401 - Unauthorized: Access is denied</title>"
                                                + "</head><body><h1>Server Error</h1></body></html>")))
                .containsExactly("401 - Unauthorized: Access is denied");
        assertThat(SageErrorBody.messages(bytes("<html><head><title>401 - Unauthorized</title></head><body>"
                                                + "<h2>401 - Unauthorized: Access is denied due to invalid credentials.</h2></body></html>")))
                .containsExactly("401 - Unauthorized: Access is denied due to invalid credentials.");
        assertThat(SageErrorBody.messages(new byte[0])).isEmpty();
    }

    @Test
    void aMessageOfUpTo500CharactersIsKeptWholeAndALongerOneIsCutThere() {
        String limit = "x".repeat(500);

        assertThat(SageErrorBody.messages(bytes(limit))).containsExactly(limit);
        assertThat(SageErrorBody.messages(bytes(limit + "y"))).containsExactly(limit + "...");
        assertThat(SageErrorBody.messages(bytes("  \n "))).as("only whitespace").isEmpty();
        assertThat(SageErrorBody.messages(bytes("{\"Other\":1}"))).as("JSON without a message: the text")
                .containsExactly("{\"Other\":1}");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
