/** Registrars' outcome statistics: aggregates of closed cases only, never a path to a case's personal data. */
package org.casework.statistics;
