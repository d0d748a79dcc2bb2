/** What operators see in Camunda Cockpit: the Chinese labels of the values and variables that the engine holds. */
package cn.gov.cjqx.approval.cockpit;
