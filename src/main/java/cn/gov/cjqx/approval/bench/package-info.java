/** Only in the "bench" profile: what bench/run.sh needs (a trivial process, seeding). Never active in production. */
package cn.gov.cjqx.approval.bench;
