package org.allianceledger.api.problem;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last word on a request that ended in an error nobody answered, usually one it refused before routing
 * it: a problem instead of Tomcat's HTML page. Errors inside the application reach the error page instead.
 */
class ProblemReportValve extends ErrorReportValve {

    private final ProblemResponses problems;

    ProblemReportValve(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            problems.write(response, ContainerProblems.forStatus(response.getStatus()));
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the application already took the writer: nothing more can be said
        }
    }
}
