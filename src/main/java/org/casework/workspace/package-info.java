/** The staff's workspace: the case page, queues, search, the task and case API and downloads, composed from cases, evidence and letters. */
package org.casework.workspace;
