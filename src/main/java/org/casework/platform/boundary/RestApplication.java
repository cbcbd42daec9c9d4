package org.casework.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API: {@code /api/v1/...}; everything a user can do in the UI can be scripted here. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
