package org.casework.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A plain, non-XA DataSource that finds the JDBC driver for its URL among the drivers the WAR ships.
 *
 * <p>Why not the drivers' own DataSource classes: both H2's and MariaDB's implement {@code XADataSource}, Payara then
 * builds an XA pool and Camunda's second command fails with "Transaction is not active". Naming a driver class does
 * not work either, because Payara's pool cannot see {@code WEB-INF/lib}. See {@code ../shared/STACK.md}.
 */
public class CaseworkDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    public void setUrl(String url) { this.url = url; }
    public void setURL(String url) { this.url = url; }
    public String getUrl() { return url; }
    public void setUser(String user) { this.user = user; }
    public String getUser() { return user; }
    public void setPassword(String password) { this.password = password; }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (pass != null) {
            properties.setProperty("password", pass);
        }
        if (url != null && url.startsWith("jdbc:mariadb:")) {
            // Camunda asks the metadata for its tables without naming a database; by default the MariaDB driver then
            // searches every database on the server and finds another installation's ACT_* tables, so the engine
            // skips creating its own. Scope such look-ups to this connection's database.
            properties.setProperty("nullDatabaseMeansCurrent", "true");
            if (!url.contains("connectTimeout")) {
                // the driver waits 30 s for an unreachable host; a request should hear "unavailable" well before
                properties.setProperty("connectTimeout", "3000");
            }
        }
        return driverFor(url).connect(url, properties);
    }

    static Driver driverFor(String url) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No JDBC URL configured: set casework.db.url (environment variable CASEWORK_DB_URL)");
        }
        for (Driver driver : ServiceLoader.load(Driver.class, CaseworkDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        return DriverManager.getDriver(url);
    }

    @Override public PrintWriter getLogWriter() { return logWriter; }
    @Override public void setLogWriter(PrintWriter out) { this.logWriter = out; }
    @Override public void setLoginTimeout(int seconds) { this.loginTimeout = seconds; }
    @Override public int getLoginTimeout() { return loginTimeout; }
    @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
    @Override public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface);
    }
    @Override public boolean isWrapperFor(Class<?> iface) { return iface.isInstance(this); }
}
