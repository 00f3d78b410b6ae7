"""Consumer code with typical contract bugs, and the tests that the strategies find every one."""
