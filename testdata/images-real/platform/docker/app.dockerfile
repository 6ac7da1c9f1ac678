# expect: IMG002
FROM python
