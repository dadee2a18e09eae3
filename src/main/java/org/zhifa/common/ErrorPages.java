package org.zhifa.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error dispatch of the servlet container (an error sent or thrown before Spring MVC, e.g. by a security filter or
 * the firewall): problem+json with a Chinese detail for {@code /api/**}, the error page in the layout for pages. It
 * replaces Spring Boot's English {@code BasicErrorController}.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemHandler problems;

    ErrorPages(ProblemHandler problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (thrown instanceof Exception e) {
            return problems.handle(Problems.unwrap(e), request, response);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // a direct visit of /error is no error of anything: it is an unknown page
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.resolve(i)
                : HttpStatus.NOT_FOUND;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = message instanceof String m && Problems.chinese(m) ? m : Problems.detailOf(status.value());
        return problems.respond(request, status, Problems.title(status), detail, Map.of());
    }
}
