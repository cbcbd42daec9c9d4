/** What every feature stands on: the DataSource, schema migrations, configuration, the REST application and health checks. */
package org.casework.platform;
