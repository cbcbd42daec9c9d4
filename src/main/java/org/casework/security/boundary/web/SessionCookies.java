package org.casework.security.boundary.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the staff session cookie {@code Secure} when {@code casework.session.secure-cookie} is true: set it wherever
 * the site is served over TLS (directly or behind a proxy), so the browser never sends the session in clear. Off by
 * default only because the embedded start serves plain HTTP on localhost.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("casework.session.secure-cookie", Boolean.class)
                .orElse(false);
        if (secure) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
