/** 网站断电断网/责令关停报备 (Article 10): the process website-outage-report, reported without prior approval. */
package cn.gov.cjqx.approval.outage;
