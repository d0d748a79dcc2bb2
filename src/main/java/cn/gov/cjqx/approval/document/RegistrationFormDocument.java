package cn.gov.cjqx.approval.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.account.AccountAdministrator;
import cn.gov.cjqx.approval.account.AccountColumn;

/**
 * Writes the 备案登记表 of the regulation's attachment as a .docx: the fields in the attachment's order, the column
 * settings and the administrators table.
 */
@Component
public class RegistrationFormDocument {

	public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String TITLE = "澄江市气象局新媒体备案登记表";

	public byte[] write(RegistrationForm form) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, "附件", false, ParagraphAlignment.LEFT, 12);
			paragraph(document, TITLE, true, ParagraphAlignment.CENTER, 18);
			paragraph(document, "单位名称（盖章）：" + text(form.unitName()) + "　　　　填表时间：" + date(form.filledOn()), false,
					ParagraphAlignment.LEFT, 11);

			XWPFTable main = document.createTable(11, 4);
			row(main, 0, "账号ID及名称", form.accountIdAndName(), "创建/注册日期", date(form.registeredOn()));
			row(main, 1, "发布平台（系统）", form.platformLabel(), "是否通过认证", yesNo(form.certified()));
			row(main, 2, "主管单位", form.supervisingUnit(), "是否取得互联网新闻信息服务资质", yesNo(form.newsServiceLicensed()));
			row(main, 3, "主办单位", form.hostUnit(), "主办单位分管领导及职务", form.hostLeader());
			row(main, 4, "", "", "联系电话及方式", form.hostContact());
			row(main, 5, "承办单位", form.undertakingUnit(), "承办单位分管领导及职务", form.undertakingLeader());
			row(main, 6, "", "", "联系电话及方式", form.undertakingContact());
			spanning(main, 7, "政务新媒体平台功能", functions(form.platformCode(), form.platformLabel()));
			row(main, 8, "新媒体二维码", text(form.qrCode()), "基本情况简介", form.introduction());
			spanning(main, 9, "访问链接", form.accessUrl());
			spanning(main, 10, "栏目设置", "注：政务新媒体栏目设置项主要针对政务微信及移动客户端（APP）内容的填报。填报政务微信时，请注明公众号类型（服务号、订阅号或小程序）");

			List<AccountColumn> columns = form.columns() == null ? List.of() : form.columns();
			XWPFTable columnTable = document.createTable(1 + Math.max(columns.size(), 1), 4);
			cells(columnTable.getRow(0), "一级菜单", "二级菜单", "三级菜单", "备注");
			for (int i = 0; i < columns.size(); i++) {
				AccountColumn column = columns.get(i);
				cells(columnTable.getRow(i + 1), column.level1(), column.level2(), column.level3(), column.remark());
			}

			List<AccountAdministrator> administrators = form.administrators() == null ? List.of() : form.administrators();
			XWPFTable adminTable = document.createTable(1 + Math.max(administrators.size(), 1), 6);
			cells(adminTable.getRow(0), "管理员姓名", "所在单位及职务", "办公电话", "手机号码", "QQ号码", "微信号");
			for (int i = 0; i < administrators.size(); i++) {
				AccountAdministrator admin = administrators.get(i);
				cells(adminTable.getRow(i + 1), admin.name(), admin.unitAndPost(), admin.officePhone(), admin.mobile(),
						admin.qq(), admin.wechat());
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The attachment's checkboxes of 平台功能, ticked for the account's platform. */
	static String functions(String code, String label) {
		String c = code == null ? "" : code;
		boolean weibo = c.equals("WEIBO");
		boolean wechat = c.startsWith("WECHAT");
		boolean weishi = c.equals("WEISHI");
		boolean app = c.equals("MOBILE_APP");
		boolean other = !(weibo || wechat || weishi || app);
		return box(weibo) + "微博  " + box(wechat) + "微信（服务号/订阅号/小程序）" + (wechat ? "：" + label : "") + "  "
				+ box(weishi) + "微视  " + box(app) + "移动客户端（APP）  " + box(other) + "其他类型"
				+ (other ? "：" + text(label) : "");
	}

	private static String box(boolean ticked) {
		return ticked ? "☑" : "□";
	}

	private static String yesNo(boolean yes) {
		return box(yes) + "是    " + box(!yes) + "否";
	}

	private static String date(java.time.LocalDate date) {
		return date == null ? "　　年　月　日" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static void paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment,
			int size) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily("仿宋");
	}

	private static void row(XWPFTable table, int index, String... values) {
		cells(table.getRow(index), values);
	}

	private static void cells(XWPFTableRow row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.getCell(i).setText(text(values[i]));
		}
	}

	/** A label and one value over the three other columns. */
	private static void spanning(XWPFTable table, int index, String label, String value) {
		XWPFTableRow row = table.getRow(index);
		row.getCell(0).setText(label);
		row.getCell(1).setText(text(value));
		row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
		row.removeCell(3);
		row.removeCell(2);
	}

}
