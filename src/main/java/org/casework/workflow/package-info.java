/** The Camunda 7 engine embedded in the application, the BPMN deployments from workflows/, and the process delegates. */
package org.casework.workflow;
