/** Demo mode only: demo staff accounts, a small register and the complaints of the source documents' case studies. */
package org.casework.demo;
