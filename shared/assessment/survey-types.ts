// Satisfaction surveys (满意度测评, docs/assessment.md "Satisfaction surveys"): what the survey
// methods return.
export interface SurveyRow {
  id: string;
  gridId: string;
  gridName: string;
  gridCode: string;
  villageName: string;
  /** 2026H1 */
  halfYear: string;
  /** 2026年上半年 */
  halfYearLabel: string;
  /** 0–100 */
  score: number;
  sampleSize: number;
  surveyDate: string;
  note: string;
  updatedAt: number;
}
