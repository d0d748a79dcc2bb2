/** Uploaded materials (材料): stored with their SHA-256 in our table, served to the unit and to approvers. */
package cn.gov.cjqx.approval.material;
