package org.allianceledger.api.problem;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.filters.FailedRequestFilter;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The servlet container's own refusals as problems. Tomcat refuses some requests before any filter or servlet sees
 * them (an encoded NUL, slash or backslash in the path, a broken percent-encoding, a character the request line or
 * a header may not hold) and answers them through its error report valve: {@link ProblemReportValve} takes the
 * place of Tomcat's HTML one. Query parameters that Tomcat cannot decode it would drop silently (balances asked as
 * of a garbled date would be answered for today): Tomcat's FailedRequestFilter refuses those with 400, which the
 * error page ({@link ErrorPageController}) answers as a problem.
 */
@Configuration(proxyBeanMethods = false)
class ContainerProblems {

    /**
     * Runs after Spring Boot's own customizer (order 0), which installs Tomcat's report valve, and replaces it; the
     * host is told that its report valve is ours, or it would add Tomcat's default one (with stack traces) again.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(ProblemResponses problems) {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(new ProblemReportValve(problems));
        });
    }

    /**
     * After the body limit filter, which has read the body by then: Tomcat parses only the query string, never a
     * form body.
     */
    @Bean
    FilterRegistrationBean<FailedRequestFilter> undecodableParametersAreRefused() {
        FilterRegistrationBean<FailedRequestFilter> registration = new FilterRegistrationBean<>(new FailedRequestFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /**
     * The problem for a status the container set. Its own messages are never repeated: they can quote what the
     * client sent, a header line with an API key included.
     */
    static ProblemDetail forStatus(int status) {
        return switch (status) {
            case 400 -> Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "the request is not valid HTTP: "
                    + "its path or query holds an encoded NUL, slash or backslash, a broken percent-encoding or a "
                    + "character that must be percent-encoded, or a header line is malformed");
            case 500 -> Problems.internalError();
            default -> {
                HttpStatusCode code = HttpStatusCode.valueOf(status);
                HttpStatus known = HttpStatus.resolve(status);
                yield Problems.ofStatus(code, "the request was refused: " + (known == null ? status : known.getReasonPhrase()));
            }
        };
    }
}
