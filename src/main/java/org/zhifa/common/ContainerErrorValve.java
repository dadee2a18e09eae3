package org.zhifa.common;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Answers the requests Tomcat refuses before any application code runs (a {@code %00} or an encoded slash in the
 * address, invalid percent-encoding, characters not allowed in a request line): problem+json with a Chinese detail
 * for {@code /api/**} and JSON clients, otherwise a Chinese page in the look of the layout. It replaces Tomcat's
 * English HTML report, which also named the server.
 */
public class ContainerErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        String title = resolved == null ? (status < 500 ? "请求有误" : "系统内部错误") : Problems.title(resolved);
        String detail = Problems.detailOf(status);
        boolean json = api(request);
        try {
            response.setContentType(json ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json ? json(status, title, detail) : page(status, title, detail));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone: nothing left to tell it
        }
    }

    /**
     * An API client, a JSON client, or a request whose address Tomcat could not even read (then problem+json too,
     * unless a browser asked for HTML: browsers never send such request lines).
     */
    static boolean api(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        String accept = request.getHeader("Accept");
        if (uri == null || uri.isEmpty()) {
            return accept == null || !accept.contains("text/html");
        }
        return uri.startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }

    static String json(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\"" + detail
                + "\"}";
    }

    static String page(int status, String title, String detail) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                  <meta charset="UTF-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>出错了 - zhifa</title>
                  <link rel="stylesheet" href="/webjars/bootstrap/dist/css/bootstrap.min.css">
                  <link rel="stylesheet" href="/css/zhifa.css">
                </head>
                <body>
                <nav class="navbar navbar-expand-lg navbar-dark bg-primary mb-3">
                  <div class="container-fluid"><a class="navbar-brand" href="/">海西交通运输行政执法</a></div>
                </nav>
                <main class="container">
                  <div class="alert alert-danger mt-4" role="alert">
                    <h4 class="alert-heading">%d %s</h4>
                    <p>%s</p>
                  </div>
                  <a href="/" class="btn btn-primary">返回首页</a>
                </main>
                <footer class="text-center text-muted small py-3 border-top">海西州交通运输局 · 交通运输行政执法综合管理信息系统</footer>
                </body>
                </html>
                """.formatted(status, title, detail);
    }
}
