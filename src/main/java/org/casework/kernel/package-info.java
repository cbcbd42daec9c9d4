/** What every feature validates with and talks in: field checks and refusals, the regulator's time, shared value objects. Imports no feature. */
package org.casework.kernel;
