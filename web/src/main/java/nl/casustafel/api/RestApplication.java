package nl.casustafel.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The REST API, versioned in its path. Callers present a bearer token of the casustafel realm whose
 * audience includes {@code casustafel-api}; tenant data lives under {@code /tenants/{tenant}/...}
 * and a tenant the token does not grant does not exist (404).
 */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "casustafel")
public class RestApplication extends Application {}
