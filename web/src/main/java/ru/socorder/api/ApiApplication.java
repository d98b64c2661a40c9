package ru.socorder.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Root of the REST API. Every path except {@code /health} and {@code /openapi.json} (its OpenAPI description) needs a logged-in user (form session or HTTP Basic). */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {
}
