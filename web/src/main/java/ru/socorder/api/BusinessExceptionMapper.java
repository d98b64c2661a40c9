package ru.socorder.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.ValidationFailed;

/** Typed business exceptions → 400/403/404/409 problem bodies. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
    @Override
    public Response toResponse(BusinessException e) {
        return Problems.of(e.status(), e.title(), e.getMessage(), e instanceof ValidationFailed v ? v.errors() : null);
    }
}
