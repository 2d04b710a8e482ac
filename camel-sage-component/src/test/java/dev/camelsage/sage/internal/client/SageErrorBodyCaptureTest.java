package dev.camelsage.sage.internal.client;

import dev.camelsage.sage.Captures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sage's messages read from the error bodies Sage really sent (darrynten/sage-one-php's captures of API 1.1.2, in the
 * simulator's test-jar; see its captures README): JSON objects, a bare JSON string, plain text and an IIS page.
 */
class SageErrorBodyCaptureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            404_Not_Found.json                          | No HTTP resource was found that matches the request URI 'https://accounting.sageone.co.za/api/1.1.2/xxx'.
            404_Not_Found_No_Action_For_Controller.json | No action was found on the controller 'Login' that matches the name 'Verify'.
            405_Method_Not_Allowed.json                 | The requested resource does not support http method 'XXX'.
            401_Unauthorized_BadUserPass.json           | Authorization has been denied for this request.
            501_Internal_Server_Error.json              | An error has occurred.
            400_Username_Required                       | Username is Required.
            401_Unauthorized_BadAPIKey                  | 401 - Unauthorized: Access is denied due to invalid credentials.
            411_Length_Required                         | Length Required
            """)
    void theMessageOfEachCapturedErrorBodyIsReadWhole(String capture, String message) {
        assertThat(SageErrorBody.messages(Captures.bytes("darrynten-sage-one-php/HttpResponseCodes/" + capture)))
                .containsExactly(message);
    }
}
