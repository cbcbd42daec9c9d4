/** The audit log: who viewed, opened or was refused what, append-only and hash-chained. */
package org.casework.audit;
