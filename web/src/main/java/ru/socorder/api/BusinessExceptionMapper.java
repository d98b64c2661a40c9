package ru.socorder.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.TooManyRequests;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.LoginThrottle;

/** Typed business exceptions → 400/403/404/409/429 problem bodies (429 with Retry-After). */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
    @Override
    public Response toResponse(BusinessException e) {
        Response problem = Problems.of(e.status(), e.title(), e.getMessage(), e instanceof ValidationFailed v ? v.errors() : null, e.code());
        if (e instanceof TooManyRequests limited) {
            return Response.fromResponse(problem).header("Retry-After", LoginThrottle.seconds(limited.retryAfter())).build();
        }
        return problem;
    }
}
