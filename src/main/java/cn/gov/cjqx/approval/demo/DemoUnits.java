package cn.gov.cjqx.approval.demo;

/** Codes of the demo units that tests and the README refer to. */
public final class DemoUnits {

	/** 澄江市气象局: vertically managed, with a website and an ACTIVE WeChat account. */
	public static final String BUREAU = "cjqx";

	/** 澄江市气象台: a public institution without an account. */
	public static final String OBSERVATORY = "cjqxt";

	/** 澄江市气象局办公室: an internal department (Art. 13: may not host an account). */
	public static final String INTERNAL_DEPARTMENT = "cjqx-bgs";

	/** 澄江市机要保密局: classified (Art. 13). */
	public static final String CLASSIFIED = "cjjy";

	/** 澄江市气象科技服务中心: no public management function (Art. 13). */
	public static final String NO_PUBLIC_FUNCTIONS = "cjqxkj";

	private DemoUnits() {
	}

}
