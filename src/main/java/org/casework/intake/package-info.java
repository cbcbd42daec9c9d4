/** The public portal and intake API: complaints with their evidence come in, a reference and tracking code go out. */
package org.casework.intake;
