/** Demo units, users and registry entries: loaded only in the "demo" profile (the default), never in production. */
package cn.gov.cjqx.approval.demo;
