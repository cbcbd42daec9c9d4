/** Staff accounts, password hashing and authentication: form login for pages, HTTP Basic for the staff API. */
package org.casework.security;
