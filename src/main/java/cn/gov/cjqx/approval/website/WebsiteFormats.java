package cn.gov.cjqx.approval.website;

import java.util.regex.Pattern;

/** The formats of a government website's identifiers; a website with a malformed one is not registered. */
public final class WebsiteFormats {

	/** A host name of lower-case labels, e.g. qxj.chengjiang.gov.cn. */
	static final Pattern DOMAIN = Pattern
		.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

	/** 网站标识码: 10 characters, digits and upper-case letters (e.g. 5304210001). */
	static final Pattern SITE_CODE = Pattern.compile("[0-9A-Z]{10}");

	/** ICP 备案号, e.g. 滇ICP备05000001号-1. */
	static final Pattern ICP = Pattern.compile("\\p{IsHan}ICP备\\d{6,10}号(-\\d{1,3})?");

	/** 公安机关备案号, e.g. 滇公网安备53042102000001号. */
	static final Pattern PSB = Pattern.compile("\\p{IsHan}公网安备\\d{14}号");

	private WebsiteFormats() {
	}

	static void requireValid(String domain, String siteCode, String icp, String psb) {
		require(domain != null && DOMAIN.matcher(domain).matches(), "域名格式不正确：" + domain);
		require(siteCode != null && SITE_CODE.matcher(siteCode).matches(), "网站标识码应为 10 位数字或大写字母：" + siteCode);
		require(icp == null || ICP.matcher(icp).matches(), "ICP 备案号格式不正确：" + icp);
		require(psb == null || PSB.matcher(psb).matches(), "公安机关备案号格式不正确：" + psb);
	}

	private static void require(boolean valid, String message) {
		if (!valid) {
			throw new IllegalArgumentException(message);
		}
	}

}
