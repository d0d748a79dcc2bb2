/** Who is calling: users, groups and units from the Camunda identity service, and how /api and /engine-rest authenticate them. */
package cn.gov.cjqx.approval.identity;
