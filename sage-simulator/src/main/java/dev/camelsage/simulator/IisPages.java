package dev.camelsage.simulator;

/**
 * The HTML pages IIS and HTTP.sys answer before ASP.NET sees a request, as captured from the live API
 * (darrynten/sage-one-php tests/mocks/HttpResponseCodes, 2017).
 */
final class IisPages {

    /** 401_Unauthorized_BadAPIKey, verbatim. */
    private static final String BAD_API_KEY = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
            <title>401 - Unauthorized: Access is denied due to invalid credentials.</title>
            <style type="text/css">
            <!--
            body{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}
            fieldset{padding:0 15px 10px 15px;}
            h1{font-size:2.4em;margin:0;color:#FFF;}
            h2{font-size:1.7em;margin:0;color:#CC0000;}
            h3{font-size:1.2em;margin:10px 0 0 0;color:#000000;}
            #header{width:96%;margin:0 0 0 0;padding:6px 2% 6px 2%;font-family:"trebuchet MS", Verdana, sans-serif;color:#FFF;
            background-color:#555555;}
            #content{margin:0 0 0 2%;position:relative;}
            .content-container{background:#FFF;width:96%;margin-top:8px;padding:10px;position:relative;}
            -->
            </style>
            </head>
            <body>
            <div id="header"><h1>Server Error</h1></div>
            <div id="content">
             <div class="content-container"><fieldset>
              <h2>401 - Unauthorized: Access is denied due to invalid credentials.</h2>
              <h3>You do not have permission to view this directory or page using the credentials that you supplied.</h3>
             </fieldset></div>
            </div>
            </body>
            </html>
            """;

    /** HTTP.sys's page for an unavailable application pool, in the shape of the captured 411 page. */
    private static final String SERVICE_UNAVAILABLE = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\r\n"
            + "<HTML><HEAD><TITLE>Service Unavailable</TITLE>\r\n"
            + "<META HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=us-ascii\"></HEAD>\r\n"
            + "<BODY><h2>Service Unavailable</h2>\r\n"
            + "<hr><p>HTTP Error 503. The service is unavailable.</p>\r\n"
            + "</BODY></HTML>\r\n";

    private IisPages() {
    }

    /** 401, {@code Content-Type: text/html}, {@code X-APIKey: Invalid}, {@code Cache-Control: private}. */
    static SageResponse badApiKey() {
        return SageResponse.text(401, "text/html", BAD_API_KEY)
                .header("X-APIKey", "Invalid").header("Cache-Control", "private").outsideAspNet();
    }

    static SageResponse serviceUnavailable() {
        return SageResponse.text(503, "text/html; charset=us-ascii", SERVICE_UNAVAILABLE)
                .header("Connection", "close").outsideAspNet();
    }
}
