package cn.gov.cjqx.approval.filing;

/** The filing's field that carries a material, e.g. {@code materialStaffAndEquipment} for (三). */
public final class MaterialFields {

	private MaterialFields() {
	}

	public static String of(OpeningMaterial material) {
		StringBuilder field = new StringBuilder("material");
		for (String part : material.name().split("_")) {
			field.append(part.charAt(0)).append(part.substring(1).toLowerCase());
		}
		return field.toString();
	}

}
