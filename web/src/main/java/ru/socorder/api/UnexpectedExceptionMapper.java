package ru.socorder.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Map;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.DatabaseErrors;

/**
 * Everything else: JAX-RS errors keep their status with a Russian problem body (unknown path, wrong method,
 * malformed JSON); a business exception wrapped by the container is unwrapped; anything unexpected is logged with
 * an incident number and answered with 500 without internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (DatabaseErrors.translate(e, Map.of()) instanceof BusinessException b) {
            return new BusinessExceptionMapper().toResponse(b);
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof jakarta.json.bind.JsonbException || c instanceof jakarta.json.JsonException) {
                return Problems.of(400, "Неверный запрос", "Тело запроса не является корректным JSON нужной структуры", null);
            }
        }
        if (e instanceof WebApplicationException w && !(e instanceof EJBException)) {
            if (w.getResponse().hasEntity()) {
                return w.getResponse(); // already a problem body (e.g. a parameter that is not a number)
            }
            int status = w.getResponse().getStatus();
            return Problems.of(status, title(status), detail(status), null);
        }
        String incident = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        LOG.log(Level.SEVERE, "API incident " + incident, e);
        return Problems.of(500, "Внутренняя ошибка", "Непредвиденная ошибка сервера. Номер обращения: " + incident, null);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Неверный запрос";
            case 401 -> "Требуется вход в систему";
            case 403 -> "Доступ запрещён";
            case 404 -> "Не найдено";
            case 405 -> "Метод не поддерживается";
            case 406, 415 -> "Формат не поддерживается";
            default -> status >= 500 ? "Внутренняя ошибка" : "Ошибка запроса";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "Запрос не удалось разобрать: проверьте JSON и параметры";
            case 404 -> "Такого ресурса нет";
            case 405 -> "Этот метод не поддерживается для ресурса";
            case 415 -> "Ожидается тело запроса в формате application/json";
            default -> null;
        };
    }
}
