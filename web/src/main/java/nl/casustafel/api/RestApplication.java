package nl.casustafel.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, versioned in its path so that clients can rely on it. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
