/** The Camunda 7 engine embedded in the application, the BPMN deployments from workflows/, and queries over tasks; each delegate lives in the feature whose work it starts. */
package org.casework.workflow;
