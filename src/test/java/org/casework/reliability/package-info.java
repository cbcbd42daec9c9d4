/** Fault scenarios run on demand (kill under load); each prints its counts and fails on loss or duplication. */
package org.casework.reliability;
