/** Retention: closed cases past their period are disposed of, after a second administrator's approval, leaving the anonymous statistics. */
package org.casework.retention;
