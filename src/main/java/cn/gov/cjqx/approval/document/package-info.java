/** Documents the offices print: the attachment's 备案登记表 as a Word document. */
package cn.gov.cjqx.approval.document;
