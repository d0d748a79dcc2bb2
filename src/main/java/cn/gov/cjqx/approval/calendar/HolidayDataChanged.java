package cn.gov.cjqx.approval.calendar;

/**
 * Published (synchronously, in the transaction that stored it) when holiday data arrives: an upload, or the stored
 * years at start-up. Whoever counted working days on the data before recounts, and says how many running items it
 * extended (the public notices, notice/NoticeService). The calendar knows nothing of its listeners.
 */
public final class HolidayDataChanged {

	private int extended;

	/** A listener extended {@code count} running items. */
	public void extended(int count) {
		extended += count;
	}

	public int extended() {
		return extended;
	}

}
