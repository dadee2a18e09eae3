package org.zhifa.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.identity.LoginRefusedException;
import org.zhifa.identity.LoginService;
import org.zhifa.identity.TokenService;
import org.zhifa.identity.ZhifaPrincipal;

/** Bearer tokens for API clients. */
@RestController
@Tag(name = "认证", description = "获取和注销 API 访问令牌")
class AuthApiController {

    private final LoginService logins;
    private final TokenService tokens;

    AuthApiController(LoginService logins, TokenService tokens) {
        this.logins = logins;
        this.tokens = tokens;
    }

    /** Credentials for a token; {@code totp} only for accounts with a second factor. */
    record TokenRequest(@NotBlank String username, @NotBlank String password, String totp) {
    }

    /** An issued token. */
    record TokenResponse(String token, Instant expiresAt) {
    }

    @PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "用户名密码换取访问令牌", description = "连续失败 5 次锁定 15 分钟；启用双因素认证的账户须提供 totp")
    ResponseEntity<?> token(@RequestBody TokenRequest request, HttpServletRequest http) {
        try {
            ZhifaPrincipal principal = logins.authenticate(request.username(), request.password(), request.totp(),
                    org.zhifa.common.ClientAddress.of(http), "API");
            TokenService.IssuedToken issued = tokens.issue(principal);
            return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt()));
        } catch (LoginRefusedException e) {
            HttpStatus status = HttpStatus.UNAUTHORIZED;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
            problem.setTitle("认证失败");
            problem.setProperty("reason", e.reason().name());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }

    @PostMapping("/api/auth/logout")
    @Operation(summary = "注销当前访问令牌")
    Map<String, Object> logout(@RequestHeader(name = "Authorization", required = false) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).trim());
        }
        return Map.of("ok", true);
    }

}
