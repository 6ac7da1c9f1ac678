QUERY = "select * from yard_plan"
